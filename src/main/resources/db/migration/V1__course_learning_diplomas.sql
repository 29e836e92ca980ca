-- The first schema: the course as imported from the course package, accounts, learning
-- progress, test attempts and diplomas. Portable SQL that runs on H2 2.x and PostgreSQL.
-- EclipseLink allocates the 50 ids up to each value it draws, so sequences start at 50.

CREATE SEQUENCE course_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE part_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE step_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE question_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE choice_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE step_progress_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE attempt_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE attempt_item_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE diploma_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE course (
    id              BIGINT PRIMARY KEY,
    slug            VARCHAR(100) NOT NULL UNIQUE,
    title_sv        VARCHAR(300) NOT NULL,
    title_en        VARCHAR(300),
    subtitle_sv     VARCHAR(500),
    subtitle_en     VARCHAR(500),
    description_sv  VARCHAR(4000),
    description_en  VARCHAR(4000),
    audience_sv     VARCHAR(4000),
    audience_en     VARCHAR(4000),
    issuer_sv       VARCHAR(300) NOT NULL,
    issuer_en       VARCHAR(300),
    fingerprint     VARCHAR(64) NOT NULL,
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE part (
    id          BIGINT PRIMARY KEY,
    course_id   BIGINT NOT NULL REFERENCES course (id),
    slug        VARCHAR(100) NOT NULL,
    position    INT NOT NULL,
    title_sv    VARCHAR(300) NOT NULL,
    title_en    VARCHAR(300),
    summary_sv  VARCHAR(4000),
    summary_en  VARCHAR(4000),
    retired     BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT part_slug_unique UNIQUE (course_id, slug)
);

CREATE TABLE step (
    id                  BIGINT PRIMARY KEY,
    part_id             BIGINT NOT NULL REFERENCES part (id),
    slug                VARCHAR(100) NOT NULL,
    position            INT NOT NULL,
    kind                VARCHAR(20) NOT NULL,
    title_sv            VARCHAR(300) NOT NULL,
    title_en            VARCHAR(300),
    summary_sv          VARCHAR(4000),
    summary_en          VARCHAR(4000),
    film_path           VARCHAR(500) NOT NULL,
    film_content_type   VARCHAR(100) NOT NULL,
    duration_seconds    DOUBLE PRECISION NOT NULL,
    poster_path         VARCHAR(500),
    transcript_sv       VARCHAR NOT NULL,
    transcript_en       VARCHAR,
    watch_threshold     DOUBLE PRECISION NOT NULL,
    questions_per_test  INT NOT NULL,
    pass_mark           DOUBLE PRECISION NOT NULL,
    retired             BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT step_slug_unique UNIQUE (part_id, slug)
);

CREATE TABLE step_caption (
    step_id     BIGINT NOT NULL REFERENCES step (id),
    position    INT NOT NULL,
    lang        VARCHAR(10) NOT NULL,
    label       VARCHAR(100) NOT NULL,
    path        VARCHAR(500) NOT NULL,
    PRIMARY KEY (step_id, position)
);

CREATE TABLE question (
    id              BIGINT PRIMARY KEY,
    step_id         BIGINT NOT NULL REFERENCES step (id),
    question_key    VARCHAR(100) NOT NULL,
    position        INT NOT NULL,
    multiple        BOOLEAN NOT NULL,
    text_sv         VARCHAR(2000) NOT NULL,
    text_en         VARCHAR(2000),
    explanation_sv  VARCHAR(4000) NOT NULL,
    explanation_en  VARCHAR(4000),
    retired         BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT question_key_unique UNIQUE (step_id, question_key)
);

CREATE TABLE choice (
    id           BIGINT PRIMARY KEY,
    question_id  BIGINT NOT NULL REFERENCES question (id),
    choice_key   VARCHAR(100) NOT NULL,
    position     INT NOT NULL,
    text_sv      VARCHAR(1000) NOT NULL,
    text_en      VARCHAR(1000),
    correct      BOOLEAN NOT NULL,
    retired      BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT choice_key_unique UNIQUE (question_id, choice_key)
);

CREATE TABLE account (
    id             BIGINT PRIMARY KEY,
    email          VARCHAR(254) NOT NULL,
    name           VARCHAR(200) NOT NULL,
    password_hash  VARCHAR(300) NOT NULL,
    language       VARCHAR(10) NOT NULL,
    role           VARCHAR(20) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT NOT NULL,
    CONSTRAINT account_email_unique UNIQUE (email)
);

CREATE TABLE step_progress (
    id                  BIGINT PRIMARY KEY,
    account_id          BIGINT NOT NULL REFERENCES account (id),
    step_id             BIGINT NOT NULL REFERENCES step (id),
    watched_intervals   VARCHAR(4000) NOT NULL,
    watched_seconds     DOUBLE PRECISION NOT NULL,
    last_position       DOUBLE PRECISION NOT NULL,
    last_report_at      TIMESTAMP WITH TIME ZONE,
    film_watched_at     TIMESTAMP WITH TIME ZONE,
    attempts            INT NOT NULL,
    last_score          INT,
    last_passed         BOOLEAN,
    best_score          INT,
    passed_at           TIMESTAMP WITH TIME ZONE,
    completed_at        TIMESTAMP WITH TIME ZONE,
    version             BIGINT NOT NULL,
    CONSTRAINT step_progress_unique UNIQUE (account_id, step_id)
);

CREATE TABLE attempt (
    id              BIGINT PRIMARY KEY,
    account_id      BIGINT NOT NULL REFERENCES account (id),
    step_id         BIGINT NOT NULL REFERENCES step (id),
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE,
    pass_mark       DOUBLE PRECISION NOT NULL,
    correct_count   INT,
    question_count  INT NOT NULL,
    score_percent   INT,
    passed          BOOLEAN,
    version         BIGINT NOT NULL
);
CREATE INDEX attempt_learner_step ON attempt (account_id, step_id, started_at);

CREATE TABLE attempt_item (
    id            BIGINT PRIMARY KEY,
    attempt_id    BIGINT NOT NULL REFERENCES attempt (id),
    question_id   BIGINT NOT NULL REFERENCES question (id),
    position      INT NOT NULL,
    choice_order  VARCHAR(500) NOT NULL,
    selected      VARCHAR(500),
    correct       BOOLEAN
);
CREATE INDEX attempt_item_attempt ON attempt_item (attempt_id);

CREATE TABLE diploma (
    id            BIGINT PRIMARY KEY,
    code          VARCHAR(20) NOT NULL,
    account_id    BIGINT NOT NULL REFERENCES account (id),
    kind          VARCHAR(20) NOT NULL,
    part_id       BIGINT REFERENCES part (id),
    holder_name      VARCHAR(200) NOT NULL,
    course_title_sv  VARCHAR(300) NOT NULL,
    course_title_en  VARCHAR(300),
    issuer_sv        VARCHAR(300) NOT NULL,
    issuer_en        VARCHAR(300),
    issued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT diploma_code_unique UNIQUE (code)
);
CREATE INDEX diploma_account ON diploma (account_id);

CREATE TABLE diploma_part (
    diploma_id    BIGINT NOT NULL REFERENCES diploma (id),
    position      INT NOT NULL,
    part_id       BIGINT NOT NULL REFERENCES part (id),
    title_sv      VARCHAR(300) NOT NULL,
    title_en      VARCHAR(300),
    completed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (diploma_id, position)
);
