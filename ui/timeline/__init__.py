"""The account timeline: layout as data, and the widget that paints it."""
