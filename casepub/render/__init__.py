"""Stage 3: turn a checked Case into HTML, PDF and the other outputs."""
