-- 41_identity_api_request_log_request_id: a request is logged once. The router may send a batch
-- again (a timeout after the insert committed); entries already there are skipped, and so are not
-- counted twice in the tenant's daily usage. Unique indexes of a partitioned table must hold the
-- partition key, hence (request_id, requested_at): a retried batch carries both unchanged.

CREATE UNIQUE INDEX tenant_api_request_logs_request_id_requested_at_key ON identity.tenant_api_request_logs (request_id, requested_at);
