-- Organisations merged by the county board's administrators: the duplicate's row is gone, but its
-- id and join link are remembered, so that its old link leads to the organisation it was merged
-- into (join_code is null when its link was off at the merge, or once the kept organisation renews
-- its own link) and an old address of its page finds the kept one.

CREATE TABLE organisation_merge (
    old_id      BIGINT PRIMARY KEY,
    old_name    VARCHAR(200) NOT NULL,
    join_code   VARCHAR(20),
    kept_id     BIGINT NOT NULL REFERENCES organisation (id),
    merged_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    merged_by   BIGINT REFERENCES account (id),
    CONSTRAINT organisation_merge_join_code_unique UNIQUE (join_code)
);
CREATE INDEX organisation_merge_kept ON organisation_merge (kept_id);

-- The administrators' list of organisations sorts by name and finds them by number.
CREATE INDEX organisation_name ON organisation (name);
CREATE INDEX organisation_org_number ON organisation (org_number);
CREATE INDEX enrolment_draft_organisation ON enrolment_draft (organisation_id);
