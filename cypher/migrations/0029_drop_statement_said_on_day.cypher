// No query reads statements by this any more (lists sort on the stored keys of 0023, kind and text
// hash are checked, never looked up); every index costs each statement written.
DROP INDEX statement_said_on_day IF EXISTS
