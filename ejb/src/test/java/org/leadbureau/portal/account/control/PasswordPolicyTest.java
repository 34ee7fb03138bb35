package org.leadbureau.portal.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void twelveToOneHundredTwentyEightCharactersOfAnyKind() {
        assertEquals(Optional.of("Use at least 12 characters."), PasswordPolicy.problemWith("eleven chrs"));
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("twelve chars"));
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("x".repeat(128)));
        assertEquals(Optional.of("Use at most 128 characters."), PasswordPolicy.problemWith("x".repeat(129)));
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("ñandú 🦤 día de campo"), "any characters");
    }

    @Test
    void lengthCountsCharactersNotBytesOrUtf16Units() {
        // 12 emoji are 24 UTF-16 units and 48 bytes, but 12 characters.
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("🦤".repeat(12)));
        assertEquals(Optional.of("Use at least 12 characters."), PasswordPolicy.problemWith("🦤".repeat(11)));
    }

    @Test
    void theMostCommonPasswordsAreRefusedWhateverTheirCase() {
        assertTrue(PasswordPolicy.problemWith("password1234").orElseThrow().contains("most common"));
        assertTrue(PasswordPolicy.problemWith("QWERTYUIOPASDFGHJKL").isPresent() || PasswordPolicy.problemWith("qwertyuiop123").isPresent());
        assertTrue(PasswordPolicy.problemWith("PASSWORD1234").orElseThrow().contains("most common"));
    }

    @Test
    void nothingIsNotAPassword() {
        assertEquals(Optional.of("Enter a password."), PasswordPolicy.problemWith(null));
        assertEquals(Optional.of("Enter a password."), PasswordPolicy.problemWith(""));
    }
}
