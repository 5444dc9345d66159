"""The diplomacy ontology and SHACL shapes, shipped in the wheel as kg.ontology."""
