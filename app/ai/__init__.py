"""The local AI coach: GGUF metadata, fit estimate, model registry, engine, coaching tasks."""
