-- A review names its author's email only while they are a member of the project (lib/reviews/reviewer.ts;
-- removeMember rewrites the reviews of a member it removes). Reviews stored before that rule by users who
-- have since left the project, or whose account was deleted, name a former member from now on: the email
-- is not kept where no reader of the project may see it. Labels, time and note stay.
UPDATE conversations c
   SET review = jsonb_set(c.review, '{by}', to_jsonb('former member'::text))
 WHERE c.review IS NOT NULL
   AND c.review ->> 'by' LIKE 'user:%'
   AND NOT EXISTS (SELECT 1 FROM project_members m JOIN users u ON u.id = m.user_id
                    WHERE m.project_id = c.project_id AND 'user:' || u.email = c.review ->> 'by');
