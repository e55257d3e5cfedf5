package io.robotconnect.adapter.in.rest.ifttt;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The endpoint accepts IFTTT's service key or a user's access token: IFTTT sends the service key
 * (and no user token) on trigger identity deletion, and may validate fields before a user exists.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@interface ServiceKeyOrIftttBearer {}
