package se.battrebemotande.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LocalPathTest {

    @Test
    void onlyPathsOfThisSiteAreFollowed() {
        assertEquals("/join/Ab3", LocalPath.orElse("/join/Ab3", "/course"));
        assertEquals("/course?joined=5", LocalPath.orElse("/course?joined=5", "/course"));
        for (String foreign : new String[] {
            "//evil.example", "/\\evil.example", "https://evil.example", "evil", "", null, "/a\r\nSet-Cookie: x", "/a b"
        }) {
            assertEquals("/course", LocalPath.orElse(foreign, "/course"), String.valueOf(foreign));
        }
    }

    @Test
    void theRequestsOwnPathNeverNamesAnotherSite() {
        assertEquals("/evil.example/", LocalPath.ofRequest("//evil.example/"));
        assertEquals("/evil.example/login", LocalPath.ofRequest("/\\/evil.example/login"));
        assertEquals("/course/a", LocalPath.ofRequest("/course/a"));
        assertEquals("/", LocalPath.ofRequest(""));
    }
}
