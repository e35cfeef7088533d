"""Reading a model's metadata without loading it, and whether it fits this machine."""

from __future__ import annotations

import pytest

from app.ai import fit
from app.ai.gguf import read_gguf
from models.errors import Invalid
from tests.ai.gguf_files import Q4_0, write_gguf

GB = 1024 ** 3


def test_metadata_is_read_and_parameters_are_summed_from_the_tensor_shapes(tmp_path):
    info = read_gguf(write_gguf(tmp_path / "m.gguf", {"general.file_type": 2}))
    assert info.architecture == "llama"
    assert info.name == "Tiny test model"
    assert info.parameters == 64 * 100 + 64 * 64
    assert info.quantisation == "Q4_0"
    assert info.context_length == 2048
    assert not info.has_chat_template


def test_stated_parameter_count_and_chat_template_are_taken_from_the_metadata(tmp_path):
    path = write_gguf(tmp_path / "m.gguf", {
        "general.parameter_count": 135_000_000,
        "tokenizer.chat_template": "{% for m in messages %}{{ m.content }}{% endfor %}",
        "tokenizer.ggml.tokens": ["a", "b", "c"]})
    info = read_gguf(path)
    assert info.parameters == 135_000_000
    assert info.has_chat_template


def test_without_file_type_the_quantisation_is_the_most_common_tensor_type(tmp_path):
    path = write_gguf(tmp_path / "m.gguf", tensors=[("a", [32, 64], Q4_0), ("b", [8], 0)])
    assert read_gguf(path).quantisation == "Q4_0"


def test_a_file_that_is_not_gguf_is_refused_by_name(tmp_path):
    path = tmp_path / "notes.gguf"
    path.write_text("this is a text file")
    with pytest.raises(Invalid) as caught:
        read_gguf(path)
    assert caught.value.code == "ai_not_gguf"


@pytest.mark.parametrize("keep", [10, 60, 400])
def test_a_truncated_model_is_told_apart_from_a_foreign_file(tmp_path, keep):
    whole = write_gguf(tmp_path / "m.gguf").read_bytes()
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(whole[:keep])
    with pytest.raises(Invalid) as caught:
        read_gguf(cut)
    assert caught.value.code == "ai_model_truncated"


def test_a_corrupt_header_gives_a_clear_error_not_a_memory_blow_up(tmp_path):
    data = bytearray(write_gguf(tmp_path / "m.gguf").read_bytes())
    data[24:32] = (2 ** 62).to_bytes(8, "little")  # the first key's length
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(bytes(data))
    with pytest.raises(Invalid) as caught:
        read_gguf(bad)
    assert caught.value.code == "ai_model_corrupt"


def test_an_unknown_version_and_a_missing_file_are_refused(tmp_path):
    with pytest.raises(Invalid, match="ai_gguf_version"):
        read_gguf(write_gguf(tmp_path / "v9.gguf", version=9))
    with pytest.raises(Invalid, match="ai_model_missing"):
        read_gguf(tmp_path / "nothing.gguf")


def test_the_estimate_counts_weights_cache_and_scratch_and_judges_the_fit(tmp_path):
    info = read_gguf(write_gguf(tmp_path / "m.gguf"))
    roomy = fit.estimate(info, 1024, fit.Memory(total=16 * GB, available=8 * GB))
    assert roomy.kv_cache == 2 * 2 * 1024 * 16 * 4 * 2
    assert roomy.needed == info.file_size + roomy.kv_cache + fit.COMPUTE_OVERHEAD
    assert roomy.fits and roomy.verdict == "fits"
    tight = fit.estimate(info, 1024, fit.Memory(total=16 * GB, available=GB))
    assert tight.verdict == "tight"
    small = fit.estimate(info, 1024, fit.Memory(total=GB, available=GB // 2))
    assert small.verdict == "too_large" and not small.fits_at_all


def test_the_context_is_capped_at_what_the_model_was_trained_for(tmp_path):
    info = read_gguf(write_gguf(tmp_path / "m.gguf"))
    assert fit.estimate(info, 100_000).context == 2048


def test_this_machine_reports_its_memory():
    memory = fit.machine_memory()
    assert memory.total > 0 and 0 < memory.available <= memory.total
