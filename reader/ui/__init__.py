"""The Qt layer of Reader: presents core results, holds no text logic."""
