"""Remote triple stores: where their services are and how to log in (endpoints), requests with retries
and one-line errors (calls), pushing graphs into them (push), and querying them (query)."""
