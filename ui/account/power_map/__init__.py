"""The power map: the buying center of an account as a graph to arrange, link and export."""
