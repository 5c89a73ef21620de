import type { EventChannel, Reply, RequestChannel } from '@domain/ipc/channels';

/** How the renderer reaches the main-process services: Electron's preload or the web host. */
export interface Transport {
  request(channel: RequestChannel, payload: unknown): Promise<Reply<unknown>>;
  on(event: EventChannel, callback: (payload: unknown) => void): () => void;
  /** Called whenever the connection to the services is (re)established. */
  onConnected(callback: () => void): () => void;
  /** Called whenever the connection to the services is lost (the web host stopped); Electron never loses it. */
  onDisconnected(callback: () => void): () => void;
  /** URL for a file under one of the media roots, e.g. ('assets', 'ambience/soft-rain.ogg'). */
  mediaUrl(root: string, path: string): string;
  /** Handles to import dropped files by (the desktop app keeps their paths); none where the page cannot know (the web host). */
  handlesForFiles(files: File[]): Promise<string[]>;
}
