"""QtCharts charts of the culture scan and the dashboard; imported only when those open.

Each builder returns a ``QChart`` so the same chart can be shown in a ``QChartView`` and
drawn into the annual report (``chart_image``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QPolarChart,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication, QGraphicsScene, QWidget

# Distinct, calm colours that stay apart for the ten characteristics.
PALETTE = ("#1f5f8b", "#d1733d", "#3c8d5a", "#8e5aa8", "#b8a030", "#2aa3b5", "#c0485a",
           "#6b7c8f", "#7a9a2e", "#a86b3c")
REFERENCE = "#c0485a"


def _base(chart: QChart, title: str = "") -> QChart:
    chart.setTitle(title)
    font = QApplication.font()
    title_font = QFont(font)
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def view(chart: QChart, parent: QWidget | None = None, *, height: int = 300) -> QChartView:
    chart_view = QChartView(chart, parent)
    chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
    chart_view.setMinimumHeight(height)
    return chart_view


def radar(labels: Sequence[str], values: Sequence[float | None], title: str = "",
          series_name: str = "") -> QChart:
    """One closed line around the characteristics on a 1–5 scale; no value draws at 0."""
    chart = _base(QPolarChart(), title)
    angular = QCategoryAxis()
    angular.setRange(0, len(labels))
    angular.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    for i, label in enumerate(labels):
        angular.append(label, i)
    radial = QValueAxis()
    radial.setRange(0, 5)
    radial.setTickCount(6)
    radial.setLabelFormat("%d")
    # QPolarChart's own addAxis takes a PolarOrientation; the stubs know only QChart's.
    chart.addAxis(angular, QPolarChart.PolarOrientation.PolarOrientationAngular)  # type: ignore[arg-type]
    chart.addAxis(radial, QPolarChart.PolarOrientation.PolarOrientationRadial)  # type: ignore[arg-type]
    line = QLineSeries()
    line.setName(series_name)
    line.setPen(QPen(QColor(PALETTE[0]), 2.5))
    points = [QPointF(i, v or 0.0) for i, v in enumerate(values)]
    if points:
        points.append(QPointF(len(values), points[0].y()))
    line.append(points)
    chart.addSeries(line)
    line.attachAxis(angular)
    line.attachAxis(radial)
    chart.legend().setVisible(bool(series_name))
    return chart


def trend(round_labels: Sequence[str], lines: Sequence[tuple[str, Sequence[float | None]]],
          title: str = "") -> QChart:
    """A line per characteristic across rounds, on a 1–5 scale."""
    chart = _base(QChart(), title)
    axis_x = QCategoryAxis()
    axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    for i, label in enumerate(round_labels):
        axis_x.append(label, i)
    axis_x.setRange(-0.3, max(len(round_labels) - 1, 1) + 0.3)
    axis_y = QValueAxis()
    axis_y.setRange(1, 5)
    axis_y.setTickCount(5)
    axis_y.setLabelFormat("%d")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    for n, (name, values) in enumerate(lines):
        series = QLineSeries()
        series.setName(name)
        series.setPointsVisible(True)
        series.setPen(QPen(QColor(PALETTE[n % len(PALETTE)]), 2))
        series.append([QPointF(i, v) for i, v in enumerate(values) if v is not None])
        chart.addSeries(series)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
    # Ten names do not fit under the plot; beside it each keeps its whole name.
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return chart


def bars(categories: Sequence[str], sets: Sequence[tuple[str, Sequence[float]]],
         title: str = "", *, reference: tuple[str, float] | None = None,
         stacked: bool = False, maximum: float | None = None) -> QChart:
    """Bars per category, optionally with a horizontal reference line across all of them."""
    chart = _base(QChart(), title)
    series = QStackedBarSeries() if stacked else QBarSeries()
    top = 0.0
    for n, (name, values) in enumerate(sets):
        bar_set = QBarSet(name)
        bar_set.setColor(QColor(PALETTE[n % len(PALETTE)]))
        bar_set.append([float(v) for v in values])
        series.append(bar_set)
    if stacked:
        top = max((sum(float(vs[i]) for _n, vs in sets) for i in range(len(categories))),
                  default=0.0)
    else:
        top = max((float(v) for _n, vs in sets for v in vs), default=0.0)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append(list(categories))
    axis_y = QValueAxis()
    if reference is not None:
        top = max(top, reference[1])
    axis_y.setRange(0, maximum if maximum is not None else max(top * 1.15, 1.0))
    axis_y.applyNiceNumbers()  # round steps (0, 1, 2 … or 0, 25, 50 …), never 3.75
    axis_y.setLabelFormat("%g")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    if reference is not None:
        name, value = reference
        line = QLineSeries()
        line.setName(name)
        pen = QPen(QColor(REFERENCE), 2, Qt.PenStyle.DashLine)
        line.setPen(pen)
        # Bar categories sit at 0..n-1: the line runs from the left edge to the right one.
        line.append([QPointF(-0.5, value), QPointF(len(categories) - 0.5, value)])
        chart.addSeries(line)
        line.attachAxis(axis_x)
        line.attachAxis(axis_y)
    return chart


def chart_image(chart: QChart, width: int = 800, height: int = 450, scale: float = 2.5
                ) -> QImage:
    """The chart drawn off screen for the PDF report: laid out at ``width`` x ``height`` (so
    its text keeps a readable size next to the plot) and drawn ``scale`` times as sharp."""
    image = QImage(QSize(round(width * scale), round(height * scale)),
                   QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    image.setDevicePixelRatio(scale)
    chart.resize(width, height)
    chart.setGeometry(QRectF(0, 0, width, height))
    scene = QGraphicsScene()
    scene.addItem(chart)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, width, height), QRectF(0, 0, width, height))
    painter.end()
    scene.removeItem(chart)
    return image
