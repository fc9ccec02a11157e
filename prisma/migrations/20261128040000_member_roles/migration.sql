-- Roles (issue 11 item 17): admin (everything, including users), member (settings, keys, rules),
-- viewer (reads the whole project, changes nothing). lib/auth/permissions.ts holds the rules.
ALTER TABLE project_members ADD CONSTRAINT project_members_role_check CHECK (role IN ('admin', 'member', 'viewer'));
