// Components of the form family; each is exported here as it is added.
export {};
