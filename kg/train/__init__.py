"""Scripts that retrain the shipped models from the shared data, reproducibly."""
