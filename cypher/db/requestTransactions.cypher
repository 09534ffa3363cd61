// The transactions a request is running, found by the request id its budget puts in their
// metadata, so that they can be terminated when the request's client goes away.
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.saidgraphRequest = $requestId
RETURN collect(transactionId) AS ids
