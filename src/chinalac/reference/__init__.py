"""Reference data shared by every stage: country codes and names."""
