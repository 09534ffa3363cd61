// Ends the transactions of a request that no one waits for any more.
TERMINATE TRANSACTIONS $ids
