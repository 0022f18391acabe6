"""The application icon, one SVG source; PNG sizes are rendered at build time."""
