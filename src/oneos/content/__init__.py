"""The content library: questions, agendas, playbooks and guides, shipped as data files."""
