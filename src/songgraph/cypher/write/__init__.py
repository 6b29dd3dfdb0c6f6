"""The write side's translation (pure): the fact table, the rows a document writes, and their statements."""
