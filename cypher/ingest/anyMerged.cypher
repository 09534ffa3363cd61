// Whether a curator has merged any entity into another (a :Merged node stays for each): a bulk
// batch asks once, and its articles look up where their entities went (findMerged) only then.
// Read from the label's count, not by scanning.
MATCH (m:Merged)
RETURN count(m) > 0 AS any
