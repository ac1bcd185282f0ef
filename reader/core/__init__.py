"""The pure core of Reader: text logic with no Qt, character offsets as the currency."""
