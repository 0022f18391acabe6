"""Domain services: plain functions over a Session that return frozen dataclasses."""
