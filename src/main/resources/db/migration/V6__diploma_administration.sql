-- Diploma administration: the list of documents, newest first, and the line of reissues (the row a
-- reissue replaced names its replacement in replaced_by; statistics and verification look it up).
CREATE INDEX diploma_issued_at ON diploma (issued_at);
CREATE INDEX diploma_replaced_by ON diploma (replaced_by);
