-- Chapters of a step's film (a WebVTT chapters track per language, kept as text): longer lectures
-- list them so a learner can find a section again.
ALTER TABLE step ADD COLUMN chapters_sv VARCHAR;
ALTER TABLE step ADD COLUMN chapters_en VARCHAR;
