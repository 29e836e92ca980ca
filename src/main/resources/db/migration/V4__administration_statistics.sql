-- Administration and statistics: site administrators, the audit log, revoked and reissued
-- diplomas, answers kept as rows, questions kept as versions, when each learner and each step was
-- started, the course's revision (so every server sees an edit), and the indexes statistics need.

CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_entry (
    id              BIGINT PRIMARY KEY,
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id        BIGINT,
    actor_name      VARCHAR(200) NOT NULL,
    action          VARCHAR(40) NOT NULL,
    subject_type    VARCHAR(40) NOT NULL,
    subject_id      VARCHAR(100),
    summary         VARCHAR(500) NOT NULL,
    before_state    VARCHAR(4000),
    after_state     VARCHAR(4000)
);
CREATE INDEX audit_entry_at ON audit_entry (at);
CREATE INDEX audit_entry_subject ON audit_entry (subject_type, subject_id);
CREATE INDEX audit_entry_actor ON audit_entry (actor_id, at);

ALTER TABLE diploma ADD COLUMN revocation_reason VARCHAR(1000);
ALTER TABLE diploma ADD COLUMN revocation_kind VARCHAR(20);
ALTER TABLE diploma ADD COLUMN replaced_by BIGINT REFERENCES diploma (id);
CREATE INDEX diploma_issued ON diploma (kind, issued_at);
CREATE INDEX diploma_holder ON diploma (holder_name);

CREATE INDEX account_created ON account (created_at);
CREATE INDEX account_name ON account (name);
CREATE INDEX account_role ON account (role);

-- When a learner first started any step, and when they started each step.
CREATE TABLE learner_start (
    account_id  BIGINT PRIMARY KEY REFERENCES account (id),
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
ALTER TABLE step_progress ADD COLUMN started_at TIMESTAMP WITH TIME ZONE;
UPDATE step_progress SET started_at = COALESCE(updated_at, film_watched_at, passed_at, completed_at, last_report_at)
    WHERE started_at IS NULL;
UPDATE step_progress SET started_at = CURRENT_TIMESTAMP WHERE started_at IS NULL;
INSERT INTO learner_start (account_id, started_at)
    SELECT account_id, MIN(started_at) FROM step_progress GROUP BY account_id;
CREATE INDEX learner_start_at ON learner_start (started_at);
CREATE INDEX step_progress_step_started ON step_progress (step_id, started_at);

-- The choices offered in an attempt item, in the order shown, and which were ticked.
CREATE TABLE attempt_answer (
    attempt_item_id  BIGINT NOT NULL REFERENCES attempt_item (id),
    choice_id        BIGINT NOT NULL REFERENCES choice (id),
    position         INT NOT NULL,
    selected         BOOLEAN NOT NULL,
    PRIMARY KEY (attempt_item_id, choice_id)
);
CREATE INDEX attempt_answer_choice ON attempt_answer (choice_id, selected);
CREATE INDEX attempt_item_question ON attempt_item (question_id);
CREATE INDEX attempt_submitted ON attempt (submitted_at);
ALTER TABLE attempt_item ALTER COLUMN choice_order DROP NOT NULL;

-- A changed question is a new version; the old one stays, retired, for the attempts that used it.
ALTER TABLE question ADD COLUMN version INT DEFAULT 1 NOT NULL;
ALTER TABLE question ADD COLUMN replaced_by BIGINT REFERENCES question (id);
ALTER TABLE question DROP CONSTRAINT question_key_unique;
ALTER TABLE question ADD CONSTRAINT question_key_version_unique UNIQUE (step_id, question_key, version);

-- Raised by every change to the course, so that every server rebuilds its outline.
ALTER TABLE course ADD COLUMN revision BIGINT DEFAULT 0 NOT NULL;
-- An administrator's edit clears the fingerprint: the live course no longer equals any package.
ALTER TABLE course ALTER COLUMN fingerprint DROP NOT NULL;
ALTER TABLE step ADD COLUMN edited_at TIMESTAMP WITH TIME ZONE;

-- Rows to lock for work that must run once across all servers (the course import, rollups).
CREATE TABLE app_lock (
    name  VARCHAR(40) PRIMARY KEY
);
INSERT INTO app_lock (name) VALUES ('course-import');
INSERT INTO app_lock (name) VALUES ('statistics');
