-- The association's logo (PNG or JPEG, recognised by its bytes, 512 KB at most), at the head of
-- every paper once an administrator gives it.
ALTER TABLE association ADD COLUMN logo bytea;
