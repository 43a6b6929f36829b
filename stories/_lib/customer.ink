// Customer state shared by every scenario: the engine reads these three variables (0–100)
// after each turn and shows them as the customer's expression and meters.
VAR trust = 50
VAR patience = 60
VAR interest = 30

// Moves one of the three by `delta`, kept within 0–100.
=== function shift(ref value, delta)
~ value = MIN(100, MAX(0, value + delta))
