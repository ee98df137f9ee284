// The studio's typed SDK: Apollo Client with automatic persisted queries over HTTP (the router
// knows every studio operation from the committed manifest, and learns any other on first use)
// and graphql-ws for subscriptions. Every call is typed by the generated TypedDocumentNodes; the
// methods below unwrap the answer of the studio's everyday calls (saved projects, files and
// uploads, notifications), and anything else goes through `query`, `mutate` and `subscribe` with
// a document from `operations`.
import { filter, map, type Observable } from 'rxjs';
import { createApolloSdkClient, typedCalls, type ApolloSdkOptions } from '../apollo.ts';
import { createUploader, type UploadOptions, type UploadSource } from '../uploads.ts';
import {
  AbortUploadDocument,
  AudioLibraryDocument,
  BrowseTemplatesDocument,
  CompleteUploadDocument,
  CreateFolderDocument,
  DeleteFileDocument,
  DeleteFolderDocument,
  DeleteSavedProjectDocument,
  DuplicateSavedProjectDocument,
  EditSavedProjectDocument,
  FileDownloadLinkDocument,
  FolderContentsDocument,
  InitUploadDocument,
  LoginDocument,
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  MeDocument,
  MoveFileDocument,
  MoveFolderDocument,
  MyEventsFeedDocument,
  NotificationSettingsDocument,
  NotificationsDocument,
  ProjectEditorDocument,
  RegisterDocument,
  RenameFileDocument,
  RenameFolderDocument,
  RenderProgressDocument,
  RestoreFileDocument,
  SavedProjectDetailDocument,
  SavedProjectsDocument,
  SetNotificationPreferenceDocument,
  StartSavedProjectDocument,
  StorageQuotaDocument,
  SubscribePushDocument,
  TrashedFilesDocument,
  UnreadNotificationCountDocument,
  UnsubscribePushDocument,
  UploadStatusDocument,
  type AudioLibraryQueryVariables,
  type BrowseTemplatesQueryVariables,
  type CreateSavedProjectInput,
  type MyEventsFeedSubscription,
  type NotificationChannel,
  type NotificationsQueryVariables,
  type RegisterInput,
  type RenderProgressSubscription,
  type SavedProjectsQueryVariables,
  type UpdateSavedProjectInput,
} from './generated/graphql.ts';

export * as operations from './generated/graphql.ts';
export { SdkError } from '../apollo.ts';
export { UploadError, type UploadOptions, type UploadProgress, type UploadSource } from '../uploads.ts';

export interface StudioSdkOptions extends Omit<ApolloSdkOptions, 'token' | 'persistedQueries'> {
  /** Where the access token comes from (default: the one `signIn` got, kept in memory). */
  token?: ApolloSdkOptions['token'];
}

/** What a browser's `PushSubscription.toJSON()` gives. */
export interface BrowserPushSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

type LiveEvent = MyEventsFeedSubscription['myEvents'];

export function createStudioSdk(options: StudioSdkOptions) {
  let session: { accessToken: string; refreshToken: string } | undefined;
  const { apollo, ws } = createApolloSdkClient({ ...options, persistedQueries: true, token: options.token ?? (() => session?.accessToken) });
  const calls = typedCalls(apollo);
  const remember = (payload: { accessToken?: string | null; refreshToken?: string | null }) => {
    if (payload.accessToken && payload.refreshToken) session = { accessToken: payload.accessToken, refreshToken: payload.refreshToken };
  };
  const uploader = createUploader({
    init: async (input) => (await calls.mutate(InitUploadDocument, { input })).initUpload,
    status: async (sessionId) => (await calls.query(UploadStatusDocument, { sessionId })).uploadStatus,
    complete: async (sessionId) => (await calls.mutate(CompleteUploadDocument, { sessionId })).completeUpload,
    abort: async (sessionId) => (await calls.mutate(AbortUploadDocument, { sessionId })).abortUpload,
  }, options.fetch);
  const myEvents = (): Observable<LiveEvent> => calls.subscribe(MyEventsFeedDocument).pipe(map((data) => data.myEvents));

  return {
    apollo,
    ...calls,
    /** Signs in; later calls carry the access token (unless a token provider was given). */
    async signIn(email: string, password: string, totp?: string) {
      const { login } = await calls.mutate(LoginDocument, { email, password, totp });
      remember(login);
      return login;
    },
    /** Creates an account and signs in with it. */
    async register(input: RegisterInput) {
      const { register } = await calls.mutate(RegisterDocument, { input });
      remember(register);
      return register;
    },
    me: () => calls.query(MeDocument),
    templates: (variables: BrowseTemplatesQueryVariables = {}) => calls.query(BrowseTemplatesDocument, variables),
    /** Live progress of one render job, until its final step. */
    renderProgress: (jobId: string): Observable<RenderProgressSubscription['renderProgress']> =>
      calls.subscribe(RenderProgressDocument, { jobId }).pipe(map((data) => data.renderProgress)),

    // Saved projects (studio, checked against the project's editable fields by content).
    /** A published project's scenes, editable fields and presets: what a saved project may hold. */
    projectEditor: async (projectId: string) => (await calls.query(ProjectEditorDocument, { id: projectId })).project,
    audioTracks: async (variables: AudioLibraryQueryVariables = {}) => (await calls.query(AudioLibraryDocument, variables)).audioTracks,
    savedProjects: async (variables: SavedProjectsQueryVariables = {}) => (await calls.query(SavedProjectsDocument, variables)).savedProjects,
    savedProject: async (id: string) => (await calls.query(SavedProjectDetailDocument, { id })).savedProject,
    createSavedProject: async (input: CreateSavedProjectInput) => (await calls.mutate(StartSavedProjectDocument, { input })).createSavedProject,
    /** Changes what is given (all or nothing); `null` removes a track. */
    updateSavedProject: async (id: string, input: UpdateSavedProjectInput) => (await calls.mutate(EditSavedProjectDocument, { id, input })).updateSavedProject,
    duplicateSavedProject: async (id: string) => (await calls.mutate(DuplicateSavedProjectDocument, { id })).duplicateSavedProject,
    deleteSavedProject: async (id: string) => (await calls.mutate(DeleteSavedProjectDocument, { id })).deleteSavedProject,

    // Files (the file owner): the folder tree, files, the trash, the quota, uploads.
    /** A folder with its sub-folders and files; the root without an id. */
    folder: async (id?: string | null) => (await calls.query(FolderContentsDocument, { id: id ?? null })).folder,
    createFolder: async (name: string, parentId?: string | null) => (await calls.mutate(CreateFolderDocument, { name, parentId: parentId ?? null })).createFolder,
    renameFolder: async (id: string, name: string) => (await calls.mutate(RenameFolderDocument, { id, name })).renameFolder,
    /** Moves a folder under another (null: to the root); FOLDER_CYCLE into itself or below. */
    moveFolder: async (id: string, parentId: string | null) => (await calls.mutate(MoveFolderDocument, { id, parentId })).moveFolder,
    /** Moves a folder and everything in it to the trash; answers how many files went. */
    deleteFolder: async (id: string) => (await calls.mutate(DeleteFolderDocument, { id })).deleteFolder,
    renameFile: async (id: string, name: string) => (await calls.mutate(RenameFileDocument, { id, name })).renameFile,
    moveFile: async (id: string, folderId: string | null) => (await calls.mutate(MoveFileDocument, { id, folderId })).moveFile,
    deleteFile: async (id: string) => (await calls.mutate(DeleteFileDocument, { id })).deleteFile,
    restoreFile: async (id: string) => (await calls.mutate(RestoreFileDocument, { id })).restoreFile,
    trashedFiles: async () => (await calls.query(TrashedFilesDocument)).trashedFiles,
    fileDownloadUrl: async (id: string) => (await calls.query(FileDownloadLinkDocument, { id })).fileDownloadUrl,
    quota: async () => (await calls.query(StorageQuotaDocument)).me.quota,
    /**
     * Uploads a File, Blob or bytes as a resumable upload in parts, through the router's
     * /v1/uploads; answers the stored file. On failure an UploadError carries the code and the
     * `sessionId` to `resumeUpload` (or `abortUpload`).
     */
    uploadFile: (source: UploadSource, uploadOptions?: UploadOptions) => uploader.upload(source, uploadOptions),
    /** Sends only the parts of an upload the server is missing, from the same file, and completes it. */
    resumeUpload: (sessionId: string, source: UploadSource, uploadOptions?: Omit<UploadOptions, 'name' | 'mimeType' | 'folderId' | 'partSize' | 'sha256'>) => uploader.resume(sessionId, source, uploadOptions),
    uploadStatus: async (sessionId: string) => (await calls.query(UploadStatusDocument, { sessionId })).uploadStatus,
    /** Throws an upload's parts away (aborting again is fine). */
    abortUpload: async (sessionId: string) => (await calls.mutate(AbortUploadDocument, { sessionId })).abortUpload,
    /** Sends one part by hand (the low-level step uploadFile repeats); an UploadError carries the server's code. */
    uploadPart: uploader.putPart,

    // Notifications (the notification owner; push subscriptions are identity's).
    notifications: async (variables: NotificationsQueryVariables = {}) => (await calls.query(NotificationsDocument, variables)).me.notifications,
    unreadNotificationCount: async () => (await calls.query(UnreadNotificationCountDocument)).me.notifications.totalCount,
    markNotificationRead: async (id: string) => (await calls.mutate(MarkNotificationReadDocument, { id })).markNotificationRead,
    /** Answers how many became read. */
    markAllNotificationsRead: async () => (await calls.mutate(MarkAllNotificationsReadDocument)).markAllNotificationsRead,
    /** Notification types, channels, your preferences, the VAPID key and your push subscriptions. */
    notificationSettings: () => calls.query(NotificationSettingsDocument),
    /** One channel on or off, for one notification type or all of them ("*"). */
    setNotificationPreference: async (channel: NotificationChannel, enabled: boolean, notificationType = '*') =>
      (await calls.mutate(SetNotificationPreferenceDocument, { channel, notificationType, enabled })).setNotificationPreference,
    /** Registers this browser for Web Push with what `PushSubscription.toJSON()` gave. */
    subscribePush: async (subscription: BrowserPushSubscription, userAgent?: string) =>
      (await calls.mutate(SubscribePushDocument, { input: { endpoint: subscription.endpoint, p256dh: subscription.keys.p256dh, auth: subscription.keys.auth, userAgent } })).subscribePush,
    unsubscribePush: async (id: string) => (await calls.mutate(UnsubscribePushDocument, { id })).unsubscribePush,
    /** Everything that happens to you, live: render progress and new notifications. */
    myEvents,
    /** New notifications only, live. */
    liveNotifications: () => myEvents().pipe(filter((event): event is Extract<LiveEvent, { __typename: 'Notification' }> => event.__typename === 'Notification')),

    async close() {
      apollo.stop();
      await ws.dispose();
    },
  };
}

export type StudioSdk = ReturnType<typeof createStudioSdk>;
