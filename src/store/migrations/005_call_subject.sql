-- The absence a call is talking about (its reference), so a key pressed applies to it.
ALTER TABLE calls ADD COLUMN subject TEXT;
