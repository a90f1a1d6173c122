"""The CAMEO and PLOVER codebooks as packaged data."""

from detente.ontology.cameo import CameoCode, Codebook, load_codebook

__all__ = ["CameoCode", "Codebook", "load_codebook"]
