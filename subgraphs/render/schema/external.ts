// Other owners' entities render points at (key stubs from soft references), and the fields render
// adds to them: User.renderJobs, SavedProject.renderJobs, Scene.snapshot.
import { builder } from '../builder.ts';

const key = builder.selection<{ id: string }>('id');
export const UserRef = builder.externalRef('User', key, (ref) => ref);
export const SavedProjectRef = builder.externalRef('SavedProject', key, (ref) => ref);
export const SceneRef = builder.externalRef('Scene', key, (ref) => ref);
export const ProjectRef = builder.externalRef('Project', key, (ref) => ref).implement({ externalFields: () => ({}), fields: (t) => ({ id: t.exposeID('id') }) });
