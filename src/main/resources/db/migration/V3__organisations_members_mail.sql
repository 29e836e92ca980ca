-- Organisations that enrol and follow their members, the outbox of e-mails the site sends, and the
-- last activity on a step (what an organisation sees as "last active").

CREATE SEQUENCE organisation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE membership_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE enrolment_draft_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE mail_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE organisation (
    id                  BIGINT PRIMARY KEY,
    name                VARCHAR(200) NOT NULL,
    kind                VARCHAR(20) NOT NULL,
    county_code         VARCHAR(2) NOT NULL,
    municipality_code   VARCHAR(4),
    org_number          VARCHAR(10),
    join_code           VARCHAR(20) NOT NULL,
    join_link_enabled   BOOLEAN NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          BIGINT REFERENCES account (id),
    version             BIGINT NOT NULL,
    CONSTRAINT organisation_join_code_unique UNIQUE (join_code)
);
CREATE INDEX organisation_county ON organisation (county_code, kind);

CREATE TABLE mail (
    id                BIGINT PRIMARY KEY,
    recipient         VARCHAR(254) NOT NULL,
    language          VARCHAR(10) NOT NULL,
    template          VARCHAR(40) NOT NULL,
    parameters        VARCHAR(4000) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    status            VARCHAR(20) NOT NULL,
    attempts          INT NOT NULL,
    next_attempt_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by        VARCHAR(40),
    claimed_until     TIMESTAMP WITH TIME ZONE,
    sent_at           TIMESTAMP WITH TIME ZONE,
    last_error        VARCHAR(1000),
    version           BIGINT NOT NULL
);
CREATE INDEX mail_due ON mail (status, next_attempt_at);

-- A person on an organisation's list: invited (no account yet) or joined (account_id set).
CREATE TABLE membership (
    id                      BIGINT PRIMARY KEY,
    organisation_id         BIGINT NOT NULL REFERENCES organisation (id),
    account_id              BIGINT REFERENCES account (id),
    email                   VARCHAR(254) NOT NULL,
    name                    VARCHAR(200),
    role                    VARCHAR(20) NOT NULL,
    language                VARCHAR(10) NOT NULL,
    added_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    invitation_token_hash   VARCHAR(64),
    invited_at              TIMESTAMP WITH TIME ZONE,
    invitation_expires_at   TIMESTAMP WITH TIME ZONE,
    invitation_mail_id      BIGINT REFERENCES mail (id),
    joined_at               TIMESTAMP WITH TIME ZONE,
    consented_at            TIMESTAMP WITH TIME ZONE,
    reminded_at             TIMESTAMP WITH TIME ZONE,
    version                 BIGINT NOT NULL,
    CONSTRAINT membership_account_unique UNIQUE (organisation_id, account_id),
    CONSTRAINT membership_email_unique UNIQUE (organisation_id, email),
    CONSTRAINT membership_token_unique UNIQUE (invitation_token_hash)
);
CREATE INDEX membership_account ON membership (account_id);
CREATE INDEX membership_mail ON membership (invitation_mail_id);

-- A list of people to enrol, read from a file or pasted, waiting for its administrator's go-ahead.
CREATE TABLE enrolment_draft (
    id                BIGINT PRIMARY KEY,
    organisation_id   BIGINT NOT NULL REFERENCES organisation (id),
    created_by        BIGINT NOT NULL REFERENCES account (id),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    source            VARCHAR(300) NOT NULL,
    row_count         INT NOT NULL
);

CREATE TABLE enrolment_row (
    draft_id      BIGINT NOT NULL REFERENCES enrolment_draft (id) ON DELETE CASCADE,
    line          INT NOT NULL,
    name          VARCHAR(200),
    email         VARCHAR(300),
    status        VARCHAR(20) NOT NULL,
    problem       VARCHAR(40),
    same_as_line  INT,
    PRIMARY KEY (draft_id, line)
);

ALTER TABLE step_progress ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
UPDATE step_progress SET updated_at = COALESCE(completed_at,
    CASE WHEN passed_at IS NOT NULL AND (last_report_at IS NULL OR passed_at > last_report_at)
         THEN passed_at ELSE last_report_at END);
CREATE INDEX step_progress_updated ON step_progress (updated_at);
