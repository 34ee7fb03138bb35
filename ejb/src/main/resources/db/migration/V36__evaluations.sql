-- Evaluations of trainings and site visits (issue 16). Each person invited has one evaluation, answered at most
-- once; the links mailed for it are stored as token hashes, a fresh one per message, like registration links.
CREATE TABLE visit_participant (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    visit_id    BIGINT        NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    email       VARCHAR(320)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT pk_visit_participant PRIMARY KEY (id),
    CONSTRAINT uq_visit_participant UNIQUE (visit_id, email),
    CONSTRAINT fk_visit_participant_visit FOREIGN KEY (visit_id) REFERENCES site_visit (id) ON DELETE CASCADE
);

CREATE TABLE evaluation_question (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    training_id  BIGINT,
    visit_id     BIGINT,
    kind         VARCHAR(16)   NOT NULL,
    label        VARCHAR(300)  NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT pk_evaluation_question PRIMARY KEY (id),
    CONSTRAINT fk_evaluation_question_training FOREIGN KEY (training_id) REFERENCES training (id) ON DELETE CASCADE,
    CONSTRAINT fk_evaluation_question_visit FOREIGN KEY (visit_id) REFERENCES site_visit (id) ON DELETE CASCADE
);
CREATE INDEX ix_evaluation_question_training ON evaluation_question (training_id, id);
CREATE INDEX ix_evaluation_question_visit ON evaluation_question (visit_id, id);

-- The registration link goes when a registration is removed; the answers stay, counted for the training.
CREATE TABLE evaluation (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    training_id      BIGINT,
    registration_id  BIGINT,
    visit_id         BIGINT,
    recipient_name   VARCHAR(200)   NOT NULL,
    email            VARCHAR(320)   NOT NULL,
    invited_at       DATETIME(6)    NOT NULL,
    expires_at       DATETIME(6)    NOT NULL,
    reminded_at      DATETIME(6),
    answered_at      DATETIME(6),
    overall          INT,
    usefulness       INT,
    recommend        BOOLEAN,
    change_text      VARCHAR(2000),
    improve_text     VARCHAR(2000),
    respondent_name  VARCHAR(200),
    version          BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_evaluation PRIMARY KEY (id),
    CONSTRAINT uq_evaluation_registration UNIQUE (registration_id),
    CONSTRAINT uq_evaluation_visit_email UNIQUE (visit_id, email),
    CONSTRAINT fk_evaluation_training FOREIGN KEY (training_id) REFERENCES training (id) ON DELETE CASCADE,
    CONSTRAINT fk_evaluation_registration FOREIGN KEY (registration_id)
        REFERENCES training_registration (id) ON DELETE SET NULL,
    CONSTRAINT fk_evaluation_visit FOREIGN KEY (visit_id) REFERENCES site_visit (id) ON DELETE CASCADE
);
CREATE INDEX ix_evaluation_training ON evaluation (training_id, answered_at);
CREATE INDEX ix_evaluation_visit_answered ON evaluation (visit_id, answered_at);
CREATE INDEX ix_evaluation_reminder ON evaluation (answered_at, reminded_at, invited_at);

CREATE TABLE evaluation_link (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    evaluation_id  BIGINT       NOT NULL,
    token_hash     VARCHAR(64)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    CONSTRAINT pk_evaluation_link PRIMARY KEY (id),
    CONSTRAINT uq_evaluation_link_hash UNIQUE (token_hash),
    CONSTRAINT fk_evaluation_link_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id) ON DELETE CASCADE
);

CREATE TABLE evaluation_answer (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    evaluation_id  BIGINT         NOT NULL,
    question_id    BIGINT         NOT NULL,
    rating         INT,
    yes_no         BOOLEAN,
    answer_text    VARCHAR(2000),
    CONSTRAINT pk_evaluation_answer PRIMARY KEY (id),
    CONSTRAINT uq_evaluation_answer UNIQUE (evaluation_id, question_id),
    CONSTRAINT fk_evaluation_answer_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id) ON DELETE CASCADE,
    CONSTRAINT fk_evaluation_answer_question FOREIGN KEY (question_id) REFERENCES evaluation_question (id) ON DELETE CASCADE
);
CREATE INDEX ix_evaluation_answer_question ON evaluation_answer (question_id, rating);

INSERT INTO job_lock (name) VALUES ('evaluation-mail');
