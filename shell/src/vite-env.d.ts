/// <reference types="vite/client" />
declare module "virtual:connect-theme.css";
