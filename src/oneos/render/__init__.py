"""Renderers: turn a Pack into Markdown, JSON (later HTML, DOCX, .ics). They decide nothing."""
