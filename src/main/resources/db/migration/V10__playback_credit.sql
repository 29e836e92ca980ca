-- Film credit comes out of token buckets (learning.PlaybackRules): one per step and learner, one per
-- learner over all steps. NULL tokens: a full bucket.
ALTER TABLE step_progress ADD COLUMN credit_tokens DOUBLE PRECISION;
ALTER TABLE step_progress ADD COLUMN credit_tokens_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE learner_start ADD COLUMN credit_tokens DOUBLE PRECISION;
ALTER TABLE learner_start ADD COLUMN credit_tokens_at TIMESTAMP WITH TIME ZONE;
