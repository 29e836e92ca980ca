-- Issue 9. Accounts people manage themselves: a confirmed e-mail address, single-use links sent by
-- mail (confirming an address, resetting a password, moving to a new address), and accounts deleted
-- at their holder's request, whose row stays without personal data so that statistics keep counting.
ALTER TABLE account ADD COLUMN email_verified_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;

CREATE SEQUENCE account_link_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE account_link (
    id          BIGINT PRIMARY KEY,
    account_id  BIGINT NOT NULL REFERENCES account (id),
    purpose     VARCHAR(20) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    new_email   VARCHAR(254),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    version     BIGINT NOT NULL,
    CONSTRAINT account_link_token_unique UNIQUE (token_hash)
);
CREATE INDEX account_link_account ON account_link (account_id);

-- Registrations and address changes take this lock, so two at once with one address never meet the
-- unique constraint (whose error would carry the address into the log).
INSERT INTO app_lock (name) VALUES ('account-email');

-- What the media endpoint delivered of each step's film to each learner (learning.DeliveredBytes):
-- film credit is given only for seconds whose share of the file was delivered.
CREATE TABLE film_delivery (
    account_id  BIGINT NOT NULL REFERENCES account (id),
    step_id     BIGINT NOT NULL REFERENCES step (id),
    ranges      VARCHAR(2000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, step_id)
);
