interface ImportMetaEnv {
  /** tldraw licence key baked in at build time; the server's TLDRAW_LICENSE_KEY wins. */
  readonly VITE_TLDRAW_LICENSE_KEY?: string
}
