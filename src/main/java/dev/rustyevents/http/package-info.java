/** HTTP plumbing the JSON API and the feeds share: cached representations, validators, conditional GET. */
package dev.rustyevents.http;
