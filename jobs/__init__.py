"""RQ job functions. They take primitive ids only and call services; never the UI."""
