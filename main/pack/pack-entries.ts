/** Names of the entries a clinic pack may hold besides its manifest. */
export const AUDIO_ENTRY = /^audio\/[a-z0-9]{1,40}\.[a-z0-9]{1,5}$/;
export const LOGO_ENTRY = /^branding\/logo-[0-9a-f]{16}\.(png|jpg)$/;

/** Where the clinic's logo travels inside a pack. */
export const logoEntry = (name: string) => `branding/${name}`;
