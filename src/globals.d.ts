/** govrank's version, put in by webpack's DefinePlugin (package.json's "version"). */
declare const GOVRANK_VERSION: string;
