-- V9: the warnings of the kinds a province did not deliver are the score step's, which finds
-- them; they were filed under COUNT. A run resumed after the upgrade replaces them by this name.
UPDATE run_warning SET step = 'SCORE' WHERE step = 'COUNT';
ALTER TABLE run_warning ALTER COLUMN step SET DEFAULT 'SCORE';
