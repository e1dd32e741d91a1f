declare module '*.aml' {
  const content: unknown;
  export default content;
}
