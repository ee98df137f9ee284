-- 47_studio_timeline_checks: a saved project's timeline offsets cannot be negative (issue 6);
-- the studio subgraph refuses them first, these keep any other writer honest.

ALTER TABLE studio.saved_projects ADD CONSTRAINT saved_projects_music_start_ms_check CHECK (music_start_ms >= 0);
ALTER TABLE studio.saved_projects ADD CONSTRAINT saved_projects_voiceover_start_ms_check CHECK (voiceover_start_ms >= 0);
ALTER TABLE studio.saved_project_sfx ADD CONSTRAINT saved_project_sfx_start_ms_check CHECK (start_ms >= 0);
